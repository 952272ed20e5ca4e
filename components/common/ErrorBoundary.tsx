import { Component, type ReactNode } from 'react';

/** A page that fails shows why, in words, instead of going blank. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error('[paper-trail] page error', error);
  }

  override render() {
    if (this.state.error) {
      return (
        <p role="alert" className="banner banner-error">
          Paper Trail could not show this page: {this.state.error.message}
        </p>
      );
    }
    return this.props.children;
  }
}
