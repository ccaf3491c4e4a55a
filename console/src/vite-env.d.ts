/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API lives when it is not the console's own origin (AWS: the tenant's API URL). */
  readonly VITE_API_URL?: string;
}
