import './messages.ts';
import type { PageProps } from '../../navigation.tsx';

export default function ExceptionsPage(_: PageProps) {
  return null;
}
