import { addSection } from '../../i18n/index.ts';
import { readingEn } from '../../i18n/reading.en.ts';
import { readingZhCN } from '../../i18n/reading.zh-CN.ts';
import './reading.css';

/** Meter reading's texts and styles come with its pages' chunks, not with the shell. */
addSection('reading', { 'zh-CN': readingZhCN, en: readingEn });
