/**
 * Type-level helpers that pin a zod schema to the domain type it parses, in both directions: a field
 * added (required or optional) on one side only, or a field whose type differs, makes `Pinned` false
 * and the type test that asserts it fails to compile.
 */
import type * as z from 'zod';

/** The domain's readonly type as zod infers a parsed value: every `readonly` dropped, at any depth. */
export type DeepMutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends string | number | boolean | bigint | symbol | null | undefined
    ? T
    : T extends readonly (infer Item)[]
      ? DeepMutable<Item>[]
      : { -readonly [Key in keyof T]: DeepMutable<T[Key]> };

/** Whether two types are identical (not merely assignable to each other). */
export type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/**
 * Whether `Schema` parses exactly `T`: same fields, same optionality, same types. `readonly` is
 * not compared (the domain's types are readonly, what zod infers is not, and a schema annotated with
 * a readonly type, as `LocalizedTextSchema` is, infers that).
 */
export type Pinned<T, Schema extends z.ZodType> = Equal<DeepMutable<T>, DeepMutable<z.output<Schema>>>;
