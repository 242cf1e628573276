// opencc-js publishes its dictionaries as modules (`opencc-js/dict/STCharacters`, …) that default-export
// the dictionary as one string, without type declarations of their own.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
