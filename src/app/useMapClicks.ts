import { useCallback, useEffect } from 'react';
import { moveInstitutionCommand } from '../data/history/commands';
import { gemeindeKeyAt } from '../data/gemeindeLocator';
import type { InstitutionId } from '../domain/ids';
import type { Institution } from '../domain/institution';
import type { MapClick } from '../map/MapView';
import { runEdit } from '../ui/history';
import { useUi } from '../state/store';
import { useCoverage } from '../state/coverageStore';
import { useArea } from '../ui/projects/useArea';

/**
 * What a map click means in the current mode: select (browse), open the form for a new
 * institution there (add), move an institution there (place), or pick a partner. Esc
 * leaves any mode. Moves go through the undo history.
 */
export function useMapClicks(institutions: Institution[] | undefined, onError: (message: string) => void) {
  const ui = useUi();
  const areaId = useArea().id;
  const move = useCallback(
    async (id: InstitutionId, [lon, lat]: [number, number]) => {
      const before = institutions?.find((i) => i.id === id);
      if (!before) return;
      try {
        const [x, y] = [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
        await runEdit(moveInstitutionCommand(before, x, y, await gemeindeKeyAt(x, y, areaId)));
      } catch (e) {
        onError(e instanceof Error ? e.message : String(e));
      }
    },
    [institutions, onError, areaId],
  );

  const onClick = useCallback(
    (c: MapClick) => {
      const mode = useUi.getState().mapMode;
      const [lon, lat] = c.lngLat;
      const round = (v: number) => Math.round(v * 1e6) / 1e6;
      switch (mode.kind) {
        case 'add': {
          const editing = useUi.getState().editing;
          // A form for a new institution keeps its fields and only takes the point.
          useUi.getState().setEditing(editing?.kind === 'edit' ? editing : { kind: 'new', lat: round(lat), lon: round(lon) });
          break;
        }
        case 'place':
          void move(mode.id, c.lngLat);
          break;
        case 'add-hypothetical':
          useCoverage.getState().addHypothetical(round(lon), round(lat));
          return; // stays on: several centres in a row
        case 'pick-partner':
          if (!c.institutionId || c.institutionId === mode.from) return; // wait for a click on another point
          useUi.getState().setPickedPartner(c.institutionId);
          break;
        default:
          if (c.institutionId) ui.selectInstitution(c.institutionId);
          else ui.selectAreas(c.kreis, c.gemeinde);
          return;
      }
      useUi.getState().setMapMode({ kind: 'browse' });
    },
    [move, ui],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useUi.getState().mapMode.kind !== 'browse') useUi.getState().setMapMode({ kind: 'browse' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { onClick, onMove: move };
}
