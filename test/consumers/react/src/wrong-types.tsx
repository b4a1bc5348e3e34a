// Each line below must NOT type-check: `tsc` fails on an unused `@ts-expect-error`, so this file
// passes only while the package's JSX types reject these mistakes.
export const mistakes = (
  <>
    {/* @ts-expect-error `src` is a string of URLs, not a number */}
    <meeting-locator src={42} />
    {/* @ts-expect-error `view` is 'auto' | 'list' | 'map' | 'both' */}
    <meeting-locator view="grid" />
    {/* @ts-expect-error `meetings` is an array */}
    <meeting-locator meetings="not an array" />
    {/* @ts-expect-error ml-load's detail has no `count` */}
    <meeting-locator onml-load={(event) => event.detail.count} />
    {/* @ts-expect-error `status` is read-only: not a prop */}
    <meeting-locator status="ready" />
    {/* @ts-expect-error not an attribute of the element */}
    <meeting-locator colour="red" />
  </>
);
