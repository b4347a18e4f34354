// opencc-js ships its dictionaries as modules without types: each is one string of "from to" pairs
// joined by "|".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
