import { splitListeners } from './split-listeners';

describe('splitListeners', () => {
  it('sends keyboard listeners to the handle and pointer listeners to the card', () => {
    const onKeyDown = () => undefined;
    const onMouseDown = () => undefined;
    const onTouchStart = () => undefined;

    const { pointer, keyboard } = splitListeners({ onKeyDown, onMouseDown, onTouchStart });

    expect(keyboard).toEqual({ onKeyDown });
    expect(pointer).toEqual({ onMouseDown, onTouchStart });
  });

  it('gives nothing to bind for a card that cannot be dragged', () => {
    expect(splitListeners(undefined)).toEqual({ pointer: {}, keyboard: {} });
  });
});
