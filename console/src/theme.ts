import type { ThemeConfig } from 'antd';

/**
 * antd's theme with accessible contrast: the default primary (#1677ff) and secondary text
 * (45% black) fall below WCAG AA 4.5:1 on white, so both are darker here. On phones controls
 * grow to 44 px and text to 16 px (large touch targets; no zoom-on-focus in mobile browsers).
 */
export const BRAND = '#0958d9';

export function themeFor(isPhone: boolean): ThemeConfig {
  return {
    cssVar: { key: 'gascare' },
    token: {
      colorPrimary: BRAND,
      // antd lightens primary on hover, below 4.5:1 under white text: darken instead.
      colorPrimaryHover: '#003eb3',
      colorPrimaryActive: '#002c8c',
      colorInfo: BRAND,
      colorLink: BRAND,
      colorLinkHover: '#003eb3',
      colorLinkActive: '#002c8c',
      // Status colours dark enough for text (tags print their text in them); light backgrounds
      // set explicitly, since antd derives muddy ones from dark seeds.
      colorSuccess: '#237804',
      colorSuccessBg: '#f6ffed',
      colorSuccessBorder: '#b7eb8f',
      colorWarning: '#ad4e00',
      colorWarningBg: '#fff7e6',
      colorWarningBorder: '#ffd591',
      colorError: '#cf1322',
      colorErrorBg: '#fff1f0',
      colorErrorBorder: '#ffa39e',
      colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
      colorTextDescription: 'rgba(0, 0, 0, 0.65)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
      borderRadius: 8,
      fontSize: isPhone ? 16 : 14,
      controlHeight: isPhone ? 44 : 36,
      fontFamily:
        "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
    },
    components: {
      Layout: { headerBg: '#ffffff', headerPadding: isPhone ? '0 8px' : '0 24px', siderBg: '#0b2545', bodyBg: '#f3f5f8' },
      Segmented: { itemSelectedColor: '#ffffff', itemSelectedBg: BRAND },
    },
  };
}
