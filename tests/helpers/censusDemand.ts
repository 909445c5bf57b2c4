import fs from 'node:fs';
import path from 'node:path';
import { gemeindeInfo, type GemeindenCollection } from '../../src/analysis/coverage/demandBuild';
import { demandColumns, gridDemand, type DemandFile } from '../../src/analysis/demand/gridDemand';
import type { CoverageContext } from '../../src/analysis/coverage/analysis';
import type { TargetGroup } from '../../src/analysis/demand/cells';

const DATA = path.resolve(import.meta.dirname, '..', '..', 'data', 'thueringen');
export const readData = <T>(f: string) => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as T;

/** Thuringia's census-grid demand as the coverage worker builds it (data/thueringen/bedarf.json). */
export function censusContext(target: TargetGroup = 'total') {
  const info = gemeindeInfo(readData<GemeindenCollection>('gemeinden.geojson'));
  const file = readData<DemandFile>('bedarf.json');
  const demand = gridDemand(file, new Map([...info].map(([k, g]) => [k, g.name])));
  const kreise = readData<{ features: { properties: { ags: string } }[] }>('kreis-labels.geojson');
  const isRural = (g: string) => info.get(g)?.rural ?? false;
  const context: CoverageContext = {
    grid: demand.grid,
    demand: demandColumns(demand, demand.weights[target], isRural),
    names: demand.names,
    kreise: kreise.features.map((f) => f.properties.ags),
    gemeindeNames: Object.fromEntries([...info].map(([k, g]) => [k, g.name])),
  };
  return { context, demand, info, file, keys: readData<{ keys: Record<string, string> }>('schluessel.json').keys };
}
