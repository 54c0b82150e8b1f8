/** Address of the compiled content pack, a hashed JSON asset; pages preload it so its download starts at once. */
export { default as packUrl } from './generated/pack.json?url';
