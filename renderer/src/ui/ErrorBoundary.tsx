/**
 * Feilgrense (error boundary) around one screen: when the screen throws while rendering,
 * the rest of the app (header, menu) stays and the screen's place shows what happened and
 * the ways back (ScreenCrash), never a white page. A new `resetKey` (another plan year,
 * another strategy) renders the screen again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ScreenCrash } from './ScreenCrash';

/** Props of ErrorBoundary. */
export interface ErrorBoundaryProps {
  /** i18n key of the screen's name, shown in the message. */
  screenLabelKey: string;
  /** When it changes, a crashed screen is rendered again. */
  resetKey?: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: { value: unknown } | null;
  resetKey: string | undefined;
}

/** Catches a screen's render errors and shows ScreenCrash in its place. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: { value: error } };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    // Moving to another year or strategy clears the crash.
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For the developer console / the desktop log; the user sees ScreenCrash.
    console.error('Skjermen krasjet', error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error) return <ScreenCrash error={error.value} screenLabelKey={this.props.screenLabelKey} onRetry={this.retry} />;
    return this.props.children;
  }
}
