import { KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import { boardKeyboardCoordinates } from './keyboard-coordinates';

// Mouse drags start after 5 px so a click still opens the card; touch after a short press so columns scroll.
const MOUSE = { activationConstraint: { distance: 5 } };
const TOUCH = { activationConstraint: { delay: 200, tolerance: 8 } };
// Keyboard: Space on a card's move handle, arrows between cards and columns, Space to drop, Escape to cancel.
const KEYBOARD = { coordinateGetter: boardKeyboardCoordinates };

/** How cards are picked up: mouse, touch (tablets) and keyboard. */
export function useBoardSensors() {
  return useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, KEYBOARD),
  );
}
