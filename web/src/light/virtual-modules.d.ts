// The translations' sections served by web/i18n-sections.ts (a Vite plugin).
declare module 'virtual:i18n-sections/*' {
  const messages: Record<string, unknown>;
  export default messages;
}
