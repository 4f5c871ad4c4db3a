/** Facts about an edition that several sections read. Pure. */

/** Finds the reporting deadline whose description mentions a phrase; throws (stopping the build) when the edition has none. */
export function findDeadline<D extends { date: string; what: string }>(deadlines: readonly D[], phrase: string): D {
  const found = deadlines.find((d) => d.what.includes(phrase));
  if (!found)
    throw new Error(`本届活动的 deadlines 中没有提到“${phrase}”的报送截止日期：请在 content/editions/ 中补上`);
  return found;
}
