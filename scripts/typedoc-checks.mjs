// A TypeDoc plugin with two checks TypeDoc does not make by itself:
// - every export (function, constant, type, interface) shows an `@example`;
// - every property of an exported interface is documented.
//
// TypeDoc's own `notDocumented` check cannot ask this without also asking for a comment on every key
// of every `as const` table (each label, each message), so `Property` is left out of
// `requiredToBeDocumented` and checked here for interfaces only.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const exported = ReflectionKind.Function | ReflectionKind.Variable | ReflectionKind.TypeAlias | ReflectionKind.Interface | ReflectionKind.Class;
    for (const reflection of context.project.getReflectionsByKind(exported)) {
      if (!reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project)) continue;
      const comments = [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)];
      const hasExample = comments.some((comment) => comment?.blockTags.some((tag) => tag.tag === '@example'));
      if (!hasExample) app.logger.warn(`${reflection.getFriendlyFullName()} (an export) has no @example`);
    }
    for (const property of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      const owner = property.parent;
      if (owner === undefined || !owner.kindOf(ReflectionKind.Interface)) continue;
      if (property.hasComment() || property.inheritedFrom !== undefined) continue;
      app.logger.warn(`${property.getFriendlyFullName()} (an interface property) has no documentation`);
    }
  });
}
