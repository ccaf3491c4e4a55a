import { Alert, Button, Input, Modal, Result } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_DIMENSIONS, type InvitationView, type SurveyDimension } from '../../../../shared/contract/surveys.ts';
import { ApiError } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { problemMessage } from '../../problem-message.ts';
import { Link } from '../../router.tsx';
import { ScoreQuestion } from '../public-survey/ScoreQuestion.tsx';
import { completeScores } from '../public-survey/outcome.ts';
import { recordInterview } from './api.ts';
import { isLowAnswer } from './model.ts';

/**
 * An agent's phone interview of one invitation: the script to read (greeting → the four
 * questions → comments → thanks) with the answers taken down as it goes, then POSTed with the
 * invitation's version. A low score (≤ 2 anywhere) is flagged before sending; after it, the
 * follow-up ticket the API opened is linked.
 */
export function InterviewDialog({ invitation, onClose }: { invitation: InvitationView; onClose(changed: boolean): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const commentId = useId();
  const [picked, setPicked] = useState<Partial<Record<SurveyDimension, number>>>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<Partial<Record<SurveyDimension, string>>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<InvitationView>();

  const submit = async () => {
    setProblem(undefined);
    const scores = completeScores(SURVEY_DIMENSIONS, picked);
    if (!scores) {
      setMissing(Object.fromEntries(SURVEY_DIMENSIONS.filter((d) => picked[d] === undefined).map((d) => [d, t('surveyPage.required', { dimension: t(`surveyPage.dimensions.${d}`) })])));
      return;
    }
    setBusy(true);
    try {
      const text = comment.trim();
      setDone(await recordInterview(invitation.campaignId, invitation.id, { scores, ...(text ? { comment: text } : {}), version: invitation.version }));
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const title = t('surveys.interview.title', { customer: invitation.customerName });
  if (done) {
    return (
      <Modal open title={title} onCancel={() => onClose(true)} footer={<Button type="primary" onClick={() => onClose(true)}>{t('common.close')}</Button>}>
        <Result
          status="success"
          title={t('surveys.interview.saved', { customer: invitation.customerName })}
          subTitle={
            done.followUpTicketId ? (
              <Alert
                type="warning"
                showIcon
                data-testid="follow-up"
                title={t('surveys.interview.followUpOpened')}
                description={<Link to={`/tickets/${done.followUpTicketId}`}>{t('surveys.interview.openTicket')}</Link>}
              />
            ) : undefined
          }
        />
      </Modal>
    );
  }

  return (
    <Modal open width={640} title={title} okText={t('surveys.interview.submit')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={() => onClose(false)}>
      <h3 className="survey-section-title">{t('surveys.interview.script')}</h3>
      <ol className="survey-script">
        <li>
          <span className="survey-script-step">{t('surveys.interview.greetingStep')}</span>
          <span className="survey-script-say">{t('surveys.interview.greeting', { customer: invitation.customerName, agent: user.name })}</span>
        </li>
        <li>
          <span className="survey-script-step">{t('surveys.interview.questionsStep')}</span>
          {SURVEY_DIMENSIONS.map((d, i) => (
            <ScoreQuestion
              key={d}
              dimension={d}
              index={i}
              prompt={t('surveys.interview.ask', { dimension: t(`surveyPage.dimensions.${d}`) })}
              value={picked[d]}
              error={missing[d]}
              onChange={(score) => {
                setPicked((p) => ({ ...p, [d]: score }));
                setMissing((m) => ({ ...m, [d]: undefined }));
              }}
            />
          ))}
        </li>
        <li>
          <span className="survey-script-step">{t('surveys.interview.commentStep')}</span>
          <span className="survey-script-say">{t('surveys.interview.commentAsk')}</span>
          <label className="survey-comment-label" htmlFor={commentId} style={{ marginTop: 8 }}>
            {t('surveys.interview.comment')}
          </label>
          <Input.TextArea id={commentId} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} showCount rows={3} />
        </li>
        <li>
          <span className="survey-script-step">{t('surveys.interview.thanksStep')}</span>
          <span className="survey-script-say">{t('surveys.interview.thanks')}</span>
        </li>
      </ol>
      {isLowAnswer(picked) && <Alert type="warning" showIcon title={t('surveys.interview.lowScoreHint')} data-testid="low-score-hint" />}
      {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginTop: 12 }} />}
    </Modal>
  );
}
