// A TypeDoc plugin: every property of an exported interface must be documented.
//
// TypeDoc's own `notDocumented` check cannot ask this without also asking for a comment on every key
// of every `as const` table (each label, each message), so `Property` is left out of
// `requiredToBeDocumented` and checked here for interfaces only.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const property of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      const owner = property.parent;
      if (owner === undefined || !owner.kindOf(ReflectionKind.Interface)) continue;
      if (property.hasComment() || property.inheritedFrom !== undefined) continue;
      app.logger.warn(`${property.getFriendlyFullName()} (an interface property) has no documentation`);
    }
  });
}
