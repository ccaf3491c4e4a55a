import { Component, type ReactNode } from 'react';

/** A page that throws (or whose chunk fails to load after a deployment) shows `fallback`, not a blank screen. */
export class ErrorBoundary extends Component<{ fallback: (retry: () => void) => ReactNode; resetKey?: string; children: ReactNode }, { failed: boolean; key?: string }> {
  override state: { failed: boolean; key?: string } = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey?: string }, state: { failed: boolean; key?: string }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
