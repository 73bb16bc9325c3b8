import type { LocalizedText } from './locale';

/**
 * How serious an issue is. `error`: the input is wrong and a result built on it would be wrong;
 * `warning`: the input is allowed but probably not what the author meant; `info`: worth showing.
 *
 * @example
 * ```ts
 * import type { Severity } from 'cxzy/i18n';
 * const severity: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Where in the input an issue points: property names and array indices from the argument's root,
 * as zod writes them (`['members', 3, 'organizationId']`).
 *
 * @example
 * ```ts
 * import type { IssuePath } from 'cxzy/i18n';
 * const path: IssuePath = ['groups', 0, 'leaderId'];
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * A problem found in the input, as data: a stable code, where it is, how serious, and a message in
 * every locale. Functions that check input return arrays of these instead of throwing.
 *
 * @typeParam Code - the issue codes the returning function can produce.
 *
 * @example
 * ```ts
 * import { checkOrganizationTree } from 'cxzy/organization';
 * const [issue] = checkOrganizationTree([
 *   { id: 'b1', name: '第一党支部', kind: 'branch', parentId: 'nowhere' },
 * ]);
 * issue?.code; // 'organization.unknownParent'
 * issue?.path; // [0, 'parentId']
 * issue?.message['zh-CN']; // '组织“b1”的上级组织“nowhere”不存在'
 * ```
 */
export interface Issue<Code extends string = string> {
  /** A stable code, `<module>.<problem>`, to branch on in code; never parse the message. */
  readonly code: Code;
  /** How serious the problem is. */
  readonly severity: Severity;
  /** Where the problem is in the input. */
  readonly path: IssuePath;
  /** The message, ready to show, in every locale. */
  readonly message: LocalizedText;
  /** The values the message was built from (ids, numbers), for apps that write their own text. */
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * What a `parse*` function returns: the checked data, or every issue found. `parse*` functions
 * never throw.
 *
 * @typeParam T - the type of the data when parsing succeeds.
 *
 * @example
 * ```ts
 * import { parseMember } from 'cxzy/schema';
 * const result = parseMember({ id: 'm1', name: '李明', organizationId: 'b', status: 'full', roles: [] });
 * if (result.success) result.data.name; // '李明'
 * else result.issues.map((issue) => issue.message['zh-CN']);
 * ```
 */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly Issue[] };
