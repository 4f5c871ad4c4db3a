// opencc-js ships its dictionaries as modules without types: each exports one string,
// "from to1 to2|from to…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
