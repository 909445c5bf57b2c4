import { useAnnouncer } from '../../state/announcer';

/**
 * A visually hidden polite status region: screen readers read out what was selected and
 * what an analysis found, without moving the focus. The key re-mounts the text so the
 * same message twice is read twice.
 */
export function LiveRegion() {
  const { message, seq } = useAnnouncer();
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      <span key={seq}>{message}</span>
    </div>
  );
}
