// Each line below must NOT type-check: `tsc` fails on an unused `@ts-expect-error`, so this file
// passes only while the package's JSX types reject these mistakes.
export const mistakes = (
  <>
    {/* @ts-expect-error `src` is a string */}
    <meeting-locator src={42} />
    {/* @ts-expect-error `view` is 'auto' | 'list' | 'map' | 'both' | 'next' */}
    <meeting-locator view="grid" />
    {/* @ts-expect-error ml-load's detail has no `count` */}
    <meeting-locator onml-load={(event) => event.detail.count} />
    {/* @ts-expect-error `status` is read-only */}
    <meeting-locator status="ready" />
  </>
);
