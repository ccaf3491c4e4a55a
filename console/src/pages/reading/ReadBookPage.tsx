import './messages.ts';
import type { PageProps } from '../../navigation.tsx';

export default function ReadBookPage(_: PageProps) {
  return null;
}
