import { surveyPageEn } from '../../i18n/survey-page.en.ts';
import { surveyPageZhCN } from '../../i18n/survey-page.zh-CN.ts';
import { surveysEn } from '../../i18n/surveys.en.ts';
import { surveysZhCN } from '../../i18n/surveys.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The survey pages' texts come with their chunk, not with the shell; the dimension and score words are the public page's. */
addSection('surveys', { 'zh-CN': surveysZhCN, en: surveysEn });
addSection('surveyPage', { 'zh-CN': surveyPageZhCN, en: surveyPageEn });
