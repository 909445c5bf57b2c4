import { Component, type ReactNode } from 'react';
import i18n from '../../i18n';
import { ExportProjectButton } from './ExportProjectButton';

interface State {
  error: Error | null;
}

/**
 * Keeps a failure in one part of the page (panel, graph) from blanking the whole app: the part
 * shows the message as text, can be tried again, and offers to save the project as a file; the
 * map and the stored data stay as they are.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; area: string }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error): void {
    console.warn(`Fehler im Bereich ${this.props.area}:`, error);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error-block">
        <p>{i18n.t('app.areaFailed', { area: this.props.area, message: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {i18n.t('app.retry')}
        </button>
        <ExportProjectButton />
      </div>
    );
  }
}
