import './messages.ts';
import type { PageProps } from '../../navigation.tsx';

export default function ReadBooksPage(_: PageProps) {
  return null;
}
