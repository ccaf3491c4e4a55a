import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from '../i18n/index.ts';

/** 中文 | English: each label in its own language, one tap to switch. */
export function LanguageSwitch({ block }: { block?: boolean }) {
  const { t, i18n } = useTranslation();
  const value = isLanguageOf(i18n.language) ? i18n.language : currentLanguage();
  return (
    <Segmented<Language>
      aria-label={t('app.language')}
      block={block}
      value={value}
      onChange={(language) => void setLanguage(language)}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}

const isLanguageOf = (value: string): value is Language => value === 'zh-CN' || value === 'en';
