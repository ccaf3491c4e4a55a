/** The API reference page's texts, Simplified Chinese (loaded with the page's chunk; en: api-reference.en.ts). */
export const apiReferenceZhCN = {
  intro: '本平台 HTTP 接口的参考文档，根据服务器提供的 OpenAPI 3.1 文档（/openapi.json）生成，随控制台一起发布，无需连接互联网。调用接口时在 x-api-key 请求头中携带 API 密钥。',
  download: '下载 OpenAPI 文档（JSON）',
  reload: '重新加载',
  loading: '正在加载接口文档…',
  region: '接口参考文档',
};
