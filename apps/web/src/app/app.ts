import { Component } from '@angular/core';
import { Shell } from './shell/shell';

@Component({
  selector: 'cc-root',
  imports: [Shell],
  template: '<cc-shell />',
})
export class App {}
