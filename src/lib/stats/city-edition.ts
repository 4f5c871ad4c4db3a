/** A city's record for one edition. Pure: the loader and the tests share it. */
import type { City, CityEdition } from '../../schemas/city.ts';

/** A city that has written nothing for an edition has a pending plan and no figures, never zeros. */
const pending: CityEdition = { plan: { status: 'pending' } };

/** Returns what a city reported for an edition, or a pending record when it has not reported yet. */
export function cityInEdition(city: Pick<City, 'editions'>, edition: string): CityEdition {
  return city.editions[edition] ?? pending;
}

/** Lists the editions a city has a record for, in the order given (e.g. newest first). */
export function editionsOfCity(city: Pick<City, 'editions'>, order: readonly string[]): string[] {
  return order.filter((id) => id in city.editions);
}
