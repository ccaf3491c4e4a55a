import './score-question.css';
import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyDimension } from '../../../../shared/contract/surveys.ts';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * One dimension scored 1–5: a fieldset whose legend is the question, five native radios each
 * named by its number and word (很不满意 … 很满意), arrow keys to move, the error below it.
 * The public page and the agents' phone interview ask the same way.
 */
export function ScoreQuestion({ dimension, index, prompt, value, error, onChange, describedBy }: { dimension: SurveyDimension; index: number; prompt: string; value: number | undefined; error?: string; onChange(score: number): void; describedBy?: string }) {
  const { t } = useTranslation();
  const errorId = `survey-missing-${dimension}`;
  return (
    <fieldset className="survey-question" data-dimension={dimension} aria-describedby={error ? errorId : describedBy}>
      <legend>
        <span className="survey-question-number">{index + 1}.</span>
        <span className="survey-question-name">{t(`surveyPage.dimensions.${dimension}`)}</span>
        <span className="survey-question-text">{prompt}</span>
      </legend>
      <Radio.Group
        className="survey-scores"
        optionType="button"
        buttonStyle="solid"
        block
        name={`score-${dimension}`}
        value={value}
        onChange={(e) => onChange(e.target.value as number)}
        options={SCORES.map((n) => ({
          value: n,
          label: (
            <span className="survey-score">
              <span className="survey-score-number">{n}</span>
              <span className="survey-score-word">{t(`surveyPage.scores.${n}`)}</span>
            </span>
          ),
        }))}
      />
      {error && (
        <div className="survey-missing" id={errorId} role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
