import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoutingInfo } from '../../data/hooks';
import { deleteRouting, type RoutingInfo, type RoutingKind } from '../../data/routingStore';
import { getDb } from '../../data/database';
import { daysSince, formatBytes, formatInteger, formatIsoDate } from '../../domain/format';
import type { RoutingProgress } from '../../workers/routing.worker';
import { useArea } from '../projects/useArea';

const ACCEPT: Record<RoutingKind, string> = { road: '.pbf,.osm.pbf,application/octet-stream', transit: '.zip,application/zip' };

/** "vor 3 Monaten" / "vor 12 Tagen". */
function useAge() {
  const { t } = useTranslation();
  return (iso: string) => {
    const days = daysSince(iso);
    return days >= 60 ? t('routing.ageMonths', { count: Math.round(days / 30.44) }) : t('routing.ageDays', { count: days });
  };
}

/** The counts a loaded file reports, in words. */
function summaryText(t: ReturnType<typeof useTranslation>['t'], info: RoutingInfo): string {
  const n = (k: string) => formatInteger(Number(info.summary[k] ?? 0));
  return info.kind === 'road'
    ? t('routing.roadSummary', { ways: n('highwayWays'), nodes: n('graphNodes'), restrictions: n('restrictions') })
    : t('routing.transitSummary', { stops: n('stops'), trips: n('trips') });
}

/** One kind of routing data: what is loaded and how old it is, or a button to load it; progress and cancel while loading. */
function RoutingFile({ kind, info }: { kind: RoutingKind; info: RoutingInfo | undefined }) {
  const { t } = useTranslation();
  const area = useArea();
  const age = useAge();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<RoutingProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const stop = useRef<(() => void) | null>(null);

  const load = async (file: File) => {
    setError(null);
    setNote(null);
    setProgress({ stage: kind === 'road' ? 'ways' : 'read', fraction: 0 });
    const { startRoutingWorker, progressProxy } = await import('../../workers/routingClient');
    const worker = startRoutingWorker();
    let cancelled = false;
    stop.current = () => {
      cancelled = true;
      worker.release();
    };
    try {
      const onProgress = progressProxy((p) => !cancelled && setProgress(p));
      await (kind === 'road' ? worker.api.loadRoad(area.id, file, onProgress) : worker.api.loadTransit(area.id, file, onProgress));
    } catch (e) {
      if (cancelled) setNote(t('routing.cancelled'));
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (!cancelled) worker.release();
      stop.current = null;
      setProgress(null);
    }
  };

  const label = t(kind === 'road' ? 'routing.road' : 'routing.transit');
  const percent = progress ? Math.round(progress.fraction * 100) : 0;
  const stage = progress ? t(`routing.stages.${progress.stage}`) : '';
  const expired = info?.validUntil ? daysSince(info.validUntil) > 0 : false;
  return (
    <div className="routing-file" data-testid={`routing-${kind}`}>
      <h4>{label}</h4>
      {info ? (
        <>
          <p className="small" data-testid={`routing-${kind}-file`}>{t('routing.loaded', { file: info.file.name, size: formatBytes(info.file.bytes), loaded: formatIsoDate(info.loadedAt) })}</p>
          <p className="small">{summaryText(t, info)}</p>
          <p className="small">
            {info.kind === 'transit' && info.dataDate && info.validUntil
              ? t('routing.valid', { from: formatIsoDate(info.dataDate), until: formatIsoDate(info.validUntil) })
              : info.dataDate ? t('routing.dataDate', { date: formatIsoDate(info.dataDate), age: age(info.dataDate) }) : t('routing.noDataDate')}
          </p>
          {expired && <p className="hint small">{t('routing.expired')}</p>}
        </>
      ) : (
        <p className="small hint">{t('routing.none')}</p>
      )}
      {progress ? (
        <div className="coverage-progress" data-testid={`routing-${kind}-progress`}>
          <label>
            <span>{t('routing.progress', { stage, percent: `${percent} %` })}</span>
            <progress max={100} value={percent} aria-valuetext={`${stage} ${percent} %`} />
          </label>
          <button type="button" onClick={() => stop.current?.()}>{t('routing.cancel')}</button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => input.current?.click()}>{info ? t('routing.replace') : t(kind === 'road' ? 'routing.loadRoad' : 'routing.loadTransit')}</button>
          {info && <button type="button" onClick={() => void deleteRouting(getDb(), area.id, kind)}>{t(kind === 'road' ? 'routing.removeRoad' : 'routing.removeTransit')}</button>}
        </div>
      )}
      <input
        ref={input}
        type="file"
        hidden
        accept={ACCEPT[kind]}
        aria-label={t(kind === 'road' ? 'routing.loadRoad' : 'routing.loadTransit')}
        data-testid={`routing-${kind}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      {error && <p role="alert" className="error-inline">{error}</p>}
      {note && <p role="status" className="hint small">{note}</p>}
    </div>
  );
}

/** The planning area's road network and timetable: loaded once from the user's files, kept in this browser. */
export function RoutingDataSection() {
  const { t } = useTranslation();
  const area = useArea();
  const infos = useRoutingInfo(area.id) ?? [];
  return (
    <details className="filter-details" open data-testid="routing-data">
      <summary>{t('routing.title')}</summary>
      <p className="hint small">{t('routing.intro')}</p>
      <RoutingFile kind="road" info={infos.find((i) => i.kind === 'road')} />
      <RoutingFile kind="transit" info={infos.find((i) => i.kind === 'transit')} />
    </details>
  );
}
