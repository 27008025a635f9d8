import { describe, expect, it } from 'vitest';
import { scopeStyles } from './startPreview';

describe('scopeStyles', () => {
  it('puts the preview id in front of every selector of the SVG style sheet', () => {
    const svg = '<svg><defs><style>\ntext{font-family:Inter}\n.mono,.id{font-family:mono}\n@font-face{src:url(x)}\n</style></defs><text>a</text></svg>';
    expect(scopeStyles(svg)).toBe(
      '<svg><defs><style>\n#osop-start-preview text{font-family:Inter}\n#osop-start-preview .mono,#osop-start-preview .id{font-family:mono}\n@font-face{src:url(x)}\n</style></defs><text>a</text></svg>',
    );
  });
  it('leaves an SVG without a style sheet alone', () => {
    expect(scopeStyles('<svg><g/></svg>')).toBe('<svg><g/></svg>');
  });
});
