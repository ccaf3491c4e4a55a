import './messages.ts';
import './public-survey.css';
import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, InfoCircleFilled, WarningFilled } from '@ant-design/icons';
import { Alert, Button, Card, Input, Skeleton } from 'antd';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDimension } from '../../../../shared/contract/surveys.ts';
import { ApiError } from '../../api.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { Logo } from '../../components/Logo.tsx';
import { useFormat } from '../../format.ts';
import { answerSurvey, loadSurvey, type PublicSurveyView } from './api.ts';
import { completeScores, dimensionOfField, surveyOutcome, type SurveyOutcome } from './outcome.ts';
import { ScoreQuestion } from './ScoreQuestion.tsx';

const COMMENT_MAX = 1000;

type State =
  | { kind: 'loading' }
  | { kind: 'form'; survey: PublicSurveyView }
  | { kind: 'thanks'; survey: PublicSurveyView; answeredAt: string }
  | { kind: 'refused'; outcome: Exclude<SurveyOutcome, 'field'>; retryAfter?: number; survey?: PublicSurveyView };

/**
 * The customer's survey page, `/s/<token>` from the text or e-mail: no login, no console around
 * it, phone first. The company, four dimensions scored 1–5 (radio groups: a legend each, every
 * score a native radio named by its number and word), an optional comment, then thanks. An
 * answered, expired or broken link and a rate-limited caller each get a page that says so.
 */
export default function PublicSurveyPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    loadSurvey(token, controller.signal).then(
      (survey) => setState({ kind: 'form', survey }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState(refusal(error));
      },
    );
    return () => controller.abort();
  }, [token, round]);

  const company = state.kind === 'form' || state.kind === 'thanks' ? state.survey.company : state.kind === 'refused' ? state.survey?.company : undefined;
  useEffect(() => {
    document.title = company ? `${t('surveyPage.title')} · ${company}` : t('surveyPage.title');
  }, [t, company]);

  return (
    <div className="survey-page">
      <header className="survey-header">
        <div className="survey-brand">
          <Logo size={32} />
          <span className="survey-company" data-testid="survey-company">{company ?? ''}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" className="survey-main">
        {state.kind === 'loading' && (
          <Card>
            <h1 className="survey-title">{t('surveyPage.title')}</h1>
            <div role="status">
              <Skeleton active paragraph={{ rows: 6 }} />
              <span className="sr-only">{t('app.loading')}</span>
            </div>
          </Card>
        )}
        {state.kind === 'form' && (
          <SurveyForm
            token={token}
            survey={state.survey}
            onDone={(answeredAt) => setState({ kind: 'thanks', survey: state.survey, answeredAt })}
            onRefused={(refused) => setState({ ...refused, survey: state.survey })}
          />
        )}
        {state.kind === 'thanks' && <Thanks answeredAt={state.answeredAt} hotline={state.survey.hotline} />}
        {state.kind === 'refused' && <Refused outcome={state.outcome} retryAfter={state.retryAfter} onRetry={() => setRound((r) => r + 1)} />}
      </main>
    </div>
  );
}

function refusal(error: unknown): Extract<State, { kind: 'refused' }> {
  if (!(error instanceof ApiError)) return { kind: 'refused', outcome: 'failed' };
  const outcome = surveyOutcome(error);
  return { kind: 'refused', outcome: outcome === 'field' ? 'invalid' : outcome, retryAfter: error.retryAfter };
}

function SurveyForm({ token, survey, onDone, onRefused }: { token: string; survey: PublicSurveyView; onDone(answeredAt: string): void; onRefused(state: Extract<State, { kind: 'refused' }>): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const commentId = useId();
  const [picked, setPicked] = useState<Partial<Record<SurveyDimension, number>>>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<Partial<Record<SurveyDimension, string>>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const dimensions = survey.dimensions;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    const scores = completeScores(dimensions, picked);
    if (!scores) {
      setMissing(Object.fromEntries(dimensions.filter((d) => picked[d] === undefined).map((d) => [d, t('surveyPage.required', { dimension: t(`surveyPage.dimensions.${d}`) })])));
      document.querySelector<HTMLInputElement>(`[data-dimension="${dimensions.find((d) => picked[d] === undefined)}"] input`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const text = comment.trim();
      const receipt = await answerSurvey(token, { scores, ...(text ? { comment: text } : {}) });
      onDone(receipt.answeredAt);
    } catch (error) {
      const outcome = error instanceof ApiError ? surveyOutcome(error) : 'failed';
      if (error instanceof ApiError && outcome === 'field') {
        const named: Partial<Record<SurveyDimension, string>> = {};
        for (const e of error.problem.errors ?? []) {
          const d = dimensionOfField(e.field, dimensions) as SurveyDimension | undefined;
          if (d) named[d] = t('surveyPage.required', { dimension: t(`surveyPage.dimensions.${d}`) });
          else setProblem(e.message);
        }
        setMissing(named);
      } else if (outcome === 'rate-limited' || outcome === 'failed') {
        // The answers stay on the page: the customer tries again without typing them anew.
        const wait = error instanceof ApiError ? error.retryAfter : undefined;
        setProblem(outcome === 'failed' ? t('surveyPage.failedDetail') : wait ? t('surveyPage.rateLimitedWait', { seconds: wait }) : t('surveyPage.rateLimitedDetail'));
      } else {
        onRefused({ kind: 'refused', outcome: outcome === 'field' ? 'invalid' : outcome });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <h1 className="survey-title">{t('surveyPage.title')}</h1>
      <p className="survey-intro">{t('surveyPage.intro', { company: survey.company, about: t(`surveyPage.about.${survey.about}`) })}</p>
      <p className="survey-note">{t('surveyPage.expires', { date: f.date(survey.expiresAt) })}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('surveyPage.title')}>
        <p className="survey-note" id="survey-scale">{t('surveyPage.scale')}</p>
        {dimensions.map((d, i) => (
          <ScoreQuestion
            key={d}
            dimension={d}
            index={i}
            prompt={t(`surveyPage.questions.${d}`)}
            value={picked[d]}
            error={missing[d]}
            describedBy="survey-scale"
            onChange={(score) => {
              setPicked((p) => ({ ...p, [d]: score }));
              setMissing((m) => ({ ...m, [d]: undefined }));
            }}
          />
        ))}
        <label className="survey-comment-label" htmlFor={commentId}>
          {t('surveyPage.comment')}
        </label>
        <Input.TextArea id={commentId} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={COMMENT_MAX} showCount rows={4} placeholder={t('surveyPage.commentPlaceholder')} />
        {problem && <Alert className="survey-problem" type="error" showIcon title={problem} role="alert" />}
        <Button className="survey-submit" type="primary" htmlType="submit" size="large" block loading={busy}>
          {busy ? t('surveyPage.submitting') : t('surveyPage.submit')}
        </Button>
      </form>
      {survey.hotline && <p className="survey-note survey-hotline">{t('surveyPage.hotline', { hotline: survey.hotline })}</p>}
    </Card>
  );
}

function Thanks({ answeredAt, hotline }: { answeredAt: string; hotline: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card data-testid="survey-thanks">
      <Outcome icon={<CheckCircleFilled className="survey-outcome-icon survey-outcome-success" aria-hidden />} title={t('surveyPage.thanksTitle')}>
        <p role="status">{t('surveyPage.thanksDetail', { time: f.dateTime(answeredAt) })}</p>
        {hotline && <p>{t('surveyPage.hotline', { hotline })}</p>}
      </Outcome>
    </Card>
  );
}

/** An icon, the page's heading and a few lines (antd's Result carries illustrations this page never shows). */
function Outcome({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <div className="survey-outcome">
      {icon}
      <h1 className="survey-title">{title}</h1>
      {children}
    </div>
  );
}

const REFUSED_ICONS = {
  answered: <InfoCircleFilled className="survey-outcome-icon survey-outcome-info" aria-hidden />,
  expired: <ClockCircleFilled className="survey-outcome-icon survey-outcome-warning" aria-hidden />,
  invalid: <CloseCircleFilled className="survey-outcome-icon survey-outcome-error" aria-hidden />,
  'rate-limited': <WarningFilled className="survey-outcome-icon survey-outcome-warning" aria-hidden />,
  failed: <CloseCircleFilled className="survey-outcome-icon survey-outcome-error" aria-hidden />,
};
const REFUSED_TEXTS = {
  answered: ['surveyPage.answeredTitle', 'surveyPage.answeredDetail'],
  expired: ['surveyPage.expiredTitle', 'surveyPage.expiredDetail'],
  invalid: ['surveyPage.invalidTitle', 'surveyPage.invalidDetail'],
  'rate-limited': ['surveyPage.rateLimitedTitle', 'surveyPage.rateLimitedDetail'],
  failed: ['surveyPage.failedTitle', 'surveyPage.failedDetail'],
} as const;

function Refused({ outcome, retryAfter, onRetry }: { outcome: Exclude<SurveyOutcome, 'field'>; retryAfter?: number; onRetry(): void }) {
  const { t } = useTranslation();
  const [title, detail] = REFUSED_TEXTS[outcome];
  const retry = outcome === 'rate-limited' || outcome === 'failed';
  return (
    <Card data-testid="survey-refused" data-outcome={outcome}>
      <Outcome icon={REFUSED_ICONS[outcome]} title={t(title)}>
        <p>{outcome === 'rate-limited' && retryAfter ? t('surveyPage.rateLimitedWait', { seconds: retryAfter }) : t(detail)}</p>
        {retry && <Button onClick={onRetry}>{t('surveyPage.retry')}</Button>}
      </Outcome>
    </Card>
  );
}
