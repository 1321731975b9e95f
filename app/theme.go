package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"facet/parse"
)

// Appearance chooses light or dark; the zero value follows the system.
type Appearance int

const (
	SystemAppearance Appearance = iota
	LightAppearance
	DarkAppearance
)

var appearanceNames = []string{"System", "Light", "Dark"}

func (a Appearance) String() string { return appearanceNames[a] }

// Status colours are theme colours, so each has a light and a dark form
// that reads against its background. A status is always shown with its
// word too: the colour only helps the eye find it.
const (
	colorFound       fyne.ThemeColorName = "facetFound"
	colorConflict    fyne.ThemeColorName = "facetConflict"
	colorNeedsReview fyne.ThemeColorName = "facetNeedsReview"
	colorConfirmed   fyne.ThemeColorName = "facetConfirmed"
	colorCorrected   fyne.ThemeColorName = "facetCorrected"
	colorRejected    fyne.ThemeColorName = "facetRejected"
	colorRowSelected fyne.ThemeColorName = "facetRowSelected"
)

func statusColorName(s parse.Status) fyne.ThemeColorName {
	switch s {
	case parse.Conflict:
		return colorConflict
	case parse.NeedsReview:
		return colorNeedsReview
	case parse.Confirmed:
		return colorConfirmed
	case parse.Corrected:
		return colorCorrected
	case parse.Rejected:
		return colorRejected
	}
	return colorFound
}

// facetTheme is the default theme with Facet's status colours and a
// variant a person can fix to light or dark.
type facetTheme struct {
	appearance Appearance
}

func (t *facetTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.appearance {
	case LightAppearance:
		return theme.VariantLight
	case DarkAppearance:
		return theme.VariantDark
	}
	return v
}

func (t *facetTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	dark := v == theme.VariantDark
	pick := func(light, darkC color.NRGBA) color.Color {
		if dark {
			return darkC
		}
		return light
	}
	switch n {
	case colorFound:
		return pick(color.NRGBA{0x55, 0x5b, 0x66, 0xff}, color.NRGBA{0xb0, 0xb6, 0xc0, 0xff})
	case colorConflict:
		return pick(color.NRGBA{0xc6, 0x28, 0x28, 0xff}, color.NRGBA{0xff, 0x6e, 0x6e, 0xff})
	case colorNeedsReview:
		return pick(color.NRGBA{0xb2, 0x5e, 0x00, 0xff}, color.NRGBA{0xff, 0xb7, 0x4d, 0xff})
	case colorConfirmed:
		return pick(color.NRGBA{0x1b, 0x7f, 0x3b, 0xff}, color.NRGBA{0x66, 0xd1, 0x8a, 0xff})
	case colorCorrected:
		return pick(color.NRGBA{0x15, 0x5f, 0xb8, 0xff}, color.NRGBA{0x6c, 0xb4, 0xff, 0xff})
	case colorRejected:
		return pick(color.NRGBA{0x80, 0x80, 0x80, 0xff}, color.NRGBA{0x90, 0x90, 0x90, 0xff})
	case colorRowSelected:
		return pick(color.NRGBA{0x29, 0x6f, 0xf6, 0x38}, color.NRGBA{0x5a, 0x9b, 0xff, 0x48})
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *facetTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (t *facetTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *facetTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNamePadding {
		return 3 // a dense table: more rows on screen
	}
	return theme.DefaultTheme().Size(n)
}
