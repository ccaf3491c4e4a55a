import './messages.ts';
import type { PageProps } from '../../navigation.tsx';

export default function RouteSheetPage(_: PageProps) {
  return null;
}
