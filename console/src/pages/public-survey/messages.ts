import { surveyPageEn } from '../../i18n/survey-page.en.ts';
import { surveyPageZhCN } from '../../i18n/survey-page.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The public survey page's texts come with its chunk, not with the shell. */
addSection('surveyPage', { 'zh-CN': surveyPageZhCN, en: surveyPageEn });
