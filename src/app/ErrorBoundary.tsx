import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly label: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** Contains a crash to one pane, says so plainly, and lets the user try again. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} crashed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="osop-crash" role="alert">
        <strong>{this.props.label} hit a bug and stopped.</strong>
        <p>Your document is safe (it is autosaved and in the address bar).</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
