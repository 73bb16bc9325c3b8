import { nodeIo, packageVersion } from './nodeIo';
import { run } from './run';

// `cxzy`: the program, run over the process's streams and the file system. The version is the
// package's, read from the package.json beside the built dist/.
process.exitCode = await run(process.argv.slice(2), nodeIo(process.stdout, process.stderr), { version: packageVersion(new URL('../package.json', import.meta.url)) });
