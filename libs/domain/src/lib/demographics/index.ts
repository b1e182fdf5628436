export * from './categories';
export * from './small-cells';
export * from './shares';
