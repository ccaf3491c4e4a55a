import './messages.ts';
import type { PageProps } from '../../navigation.tsx';

export default function FieldEntryPage(_: PageProps) {
  return null;
}
