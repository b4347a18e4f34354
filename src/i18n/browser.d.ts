// Types of the generated browser word modules (src/integrations/ui-words.ts): one dictionary group each.
type UiDictionary = import('./schema.ts').UiDictionary;

declare module 'virtual:ui-words/search' {
  const words: UiDictionary['search'];
  export default words;
}
declare module 'virtual:ui-words/searchLoad' {
  const words: UiDictionary['searchLoad'];
  export default words;
}
declare module 'virtual:ui-words/share' {
  const words: UiDictionary['share'];
  export default words;
}
declare module 'virtual:ui-words/checklist' {
  const words: UiDictionary['checklist'];
  export default words;
}
declare module 'virtual:ui-words/deadline' {
  const words: UiDictionary['deadline'];
  export default words;
}
declare module 'virtual:ui-words/calendar' {
  const words: UiDictionary['calendar'];
  export default words;
}
