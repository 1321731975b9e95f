package parse

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// unmark removes the « » markers from a test text and returns the text
// and the byte span the markers enclosed.
func unmark(t *testing.T, marked string) (string, Span) {
	t.Helper()
	i := strings.Index(marked, "«")
	j := strings.Index(marked, "»")
	if i < 0 || j < i {
		t.Fatalf("no «span» in %q", marked)
	}
	text := marked[:i] + marked[i+len("«"):j] + marked[j+len("»"):]
	return text, Span{i, j - len("«")}
}

// amountCases are figures in every form the documents write them, each
// with the span it must cover, its value in base units, its XBRL decimals
// and its currency.
var amountCases = []struct {
	text     string
	value    string
	decimals int
	currency string
	kind     amountKind
	note     string // a word the reading's notes must contain
}{
	{"Revenue was «RMB 3,667,464 thousand» in H1.", "3667464000", -3, "CNY", aMoney, ""},
	{"Revenue was «RMB 3,667.5 million» in H1.", "3667500000", -5, "CNY", aMoney, ""},
	{"Revenue reached «RMB 3.67 billion».", "3670000000", -7, "CNY", aMoney, ""},
	{"Revenue reached «RMB2.35 billion».", "2350000000", -7, "CNY", aMoney, ""},
	{"Sales were «Rmb12.5m» this year.", "12500000", -5, "CNY", aMoney, ""},
	{"Costs rose to «R&B 657.2 million» this quarter.", "657200000", -5, "CNY", aMoney, "R&B"},
	{"Costs rose to «R&B552 million» this quarter.", "552000000", -6, "CNY", aMoney, "R&B"},
	{"Income was «16.3 billion RMB» this quarter.", "16300000000", -8, "CNY", aMoney, ""},
	{"Income was «23.5 billion yuan» this quarter.", "23500000000", -8, "CNY", aMoney, ""},
	{"Cash was «RMB $5,464.1 million» at the end.", "5464100000", -5, "CNY", aMoney, "RMB $"},
	{"Revenue was «US$504.7 million» in the half.", "504700000", -5, "USD", aMoney, ""},
	{"Revenue was «USD 71.3 million» in the half.", "71300000", -5, "USD", aMoney, ""},
	{"Sees revenue of «$1.82 billion» this year.", "1820000000", -7, "USD", aMoney, ""},
	{"Sales grew to «€1.2bn» in the year.", "1200000000", -8, "EUR", aMoney, ""},
	{"Revenue reached «EUR 437.4 million» in the third quarter.", "437400000", -5, "EUR", aMoney, ""},
	{"Profit was «£3.4 million» in the year.", "3400000", -5, "GBP", aMoney, ""},
	{"Revenue was «HK$2.5 billion» in the year.", "2500000000", -8, "HKD", aMoney, ""},
	{"Revenue was «$300M» in the quarter.", "300000000", -6, "USD", aMoney, ""},
	{"Gross margin was «16.7%» in 2024.", "0.167", 3, "", aPercent, ""},
	{"Gross margin was «16.7 percent» in 2024.", "0.167", 3, "", aPercent, ""},
	{"The margin was «-5.2%» in 2023.", "-0.052", 3, "", aPercent, ""},
	{"The margin was «−5.2%» in 2023.", "-0.052", 3, "", aPercent, ""},
	{"EBITDA was «RMB -191.9 million» a year ago.", "-191900000", -5, "CNY", aMoney, ""},
	{"Net loss was «RMB (717.3) million» in the half.", "-717300000", -5, "CNY", aMoney, ""},
	{"Net loss was «$(12.3) million» in the quarter.", "-12300000", -5, "USD", aMoney, ""},
	{"Diluted earnings per share were «$0.52 per diluted share».", "0.52", 2, "USD", aMoney, ""},
	{"Earnings were «52 cents a share» in the quarter.", "0.52", 2, "USD", aMoney, ""},
	{"Adjusted basic EPS «18.7p» (H1 FY25: 16.9p).", "0.187", 3, "GBP", aMoney, ""},
	{"EBITDA reached CHF 201.3 million (+«4.5%»).", "4.5", 1, "", aPoints, ""},
	{"Net sales of CHF 1,234.5 million («–3.2%») for the half.", "-3.2", 1, "", aPoints, ""},
	{"The EBITDA margin improved to «16.3%» (H1 2024: 15.1%).", "0.163", 3, "", aPercent, ""},
	{"An interim dividend of «5.1 pence per share».", "0.051", 3, "GBP", aMoney, ""},
	{"Revenue of «£412.3m», up 3.6%.", "412300000", -5, "GBP", aMoney, ""},
	{"thecompanygeneratednetcashfromoperatingactivitiesof«RMB628.4million»(US86.1 million) in 2024.", "628400000", -5, "CNY", aMoney, ""},
	{"Total revenues were «RMB18 35,400,000» this quarter.", "1835400000", -5, "CNY", aMoney, "spoken"},
	{"Public cloud revenue was «RMB1159,500,000» this quarter.", "1159500000", -5, "CNY", aMoney, "irregularly"},
	{"Adjusted gross profit reached «RMB207 1,000,000» this quarter.", "207000000", -6, "CNY", aMoney, "transcribed"},
	{"Revenue was «RMB 600 57.2 million» a year ago.", "657200000", -5, "CNY", aMoney, "spoken"},
	{"Cash flow reached «RMB65,200,000» this quarter.", "65200000", -5, "CNY", aMoney, ""},
	{"Revenue of «RMB 3,667.5 million»", "3667500000", -5, "CNY", aMoney, ""},
	{"Revenue was «RMB １２３.４ million» this year.", "123400000", -5, "CNY", aMoney, ""},
	{"Revenue was «RMB\u00a03,667.5\u00a0million» this year.", "3667500000", -5, "CNY", aMoney, ""},
	{"At «16.4 million», segment earnings rose.", "16400000", -5, "", aMoney, ""},
	// India's crore as its companies abbreviate it
	{"Profit after tax was «Rs. 1,938 Cr». compared to last year.", "19380000000", -7, "INR", aMoney, ""},
	{"Net debt came down to «Rs. 5,640 Crs» as on March 31, 2025.", "56400000000", -7, "INR", aMoney, ""},
	{"Revenue stood at «Rs. 21,486 crores» for the year.", "214860000000", -7, "INR", aMoney, ""},
	// a Nordic report's millions, a space before the "m"
	{"Profit before tax amounted to «SEK 252 m» (209).", "252000000", -6, "SEK", aMoney, ""},
	// a transcript's figures as they were said
	{"EBITDA for the year was «four thousand two hundred and fifteen crores» as compared to last year.", "42150000000", -7, "", aMoney, "spoken"},
	{"Renewables revenue was «two thousand two hundred twenty-eight crore».", "22280000000", -7, "", aMoney, "spoken"},
	{"Revenue for the year was «forty two point one five billion rupees».", "42150000000", -7, "INR", aMoney, "spoken"},
	{"Backlog ended the quarter at «$ three billion».", "3000000000", -9, "USD", aMoney, "spoken"},
	{"Sales were «fifteen hundred million» in the half.", "1500000000", -6, "", aMoney, "spoken"},
}

func TestAmounts(t *testing.T) {
	for _, tc := range amountCases {
		t.Run(tc.text, func(t *testing.T) {
			text, want := unmark(t, tc.text)
			doc, err := Parse("a.txt", []byte(text), LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			r := newReader(doc)
			var got *amount
			for i := range r.amts {
				if doc.norm.origSpan(Span{r.amts[i].start, r.amts[i].end}) == want {
					got = &r.amts[i]
				}
			}
			if got == nil {
				var spans []string
				for _, a := range r.amts {
					sp := doc.norm.origSpan(Span{a.start, a.end})
					spans = append(spans, text[sp.Start:sp.End])
				}
				t.Fatalf("no figure at %q; read %q", text[want.Start:want.End], spans)
			}
			if !got.value.Equal(decimal.RequireFromString(tc.value)) || got.decimals != tc.decimals || got.currency != tc.currency || got.kind != tc.kind {
				t.Errorf("read %s (decimals %d) %q kind %d, want %s (decimals %d) %q kind %d",
					got.value, got.decimals, got.currency, got.kind, tc.value, tc.decimals, tc.currency, tc.kind)
			}
			if tc.note != "" && !strings.Contains(strings.Join(got.notes, " "), tc.note) {
				t.Errorf("notes %q do not say %q", got.notes, tc.note)
			}
		})
	}
}

// notFigureCases are numbers that are no figure of any concept, or
// figures of another kind.
var notFigureCases = []struct {
	text string
	kind amountKind // the kind the number is read as; aBare means not read at all
}{
	{"We repurchased «2.4 million shares» in the quarter.", aCount},
	{"Margin expanded «20 basis points» year over year.", aPoints},
	{"Margin improved «7.8 percentage points» this year.", aPoints},
	{"EBITDA increased by «5.7 times» of last year.", aMultiple},
	{"We target «RMB 40,000,000 per contract» in this segment.", aCount},
	{"Growth was «14.3686.0 million» in 2024.", aBare},
	{"Revenue in «2024» rose.", aBare},
	{"Speaker 3 «00:23:50» Thank you.", aBare},
	// number words that are no figure: no scale ends them, or they count
	{"We run «two segments» and three plants.", aBare},
	{"We have «three thousand employees» in India.", aBare},
	{"We bought back «seven million shares» this year.", aBare},
	{"«One of the two» largest orders came in March.", aBare},
	{"The pipe is «5 m» long.", aBare},
	{"Revenue was «forty two» point something, I think.", aBare},
}

func TestNotFigures(t *testing.T) {
	for _, tc := range notFigureCases {
		t.Run(tc.text, func(t *testing.T) {
			text, want := unmark(t, tc.text)
			doc, err := Parse("a.txt", []byte(text), LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			r := newReader(doc)
			for _, a := range r.amts {
				sp := doc.norm.origSpan(Span{a.start, a.end})
				if sp.Start >= want.Start && sp.End <= want.End {
					if tc.kind == aBare {
						t.Errorf("read %q as a figure", text[sp.Start:sp.End])
					} else if a.kind != tc.kind {
						t.Errorf("read %q as kind %d, want %d", text[sp.Start:sp.End], a.kind, tc.kind)
					}
					return
				}
			}
			if tc.kind != aBare {
				t.Errorf("did not read %q", text[want.Start:want.End])
			}
		})
	}
}

// TestTranslationsAndRanges checks how figures pair: a bracketed
// convenience translation is no new figure; "A to B" is a range.
func TestTranslationsAndRanges(t *testing.T) {
	cases := []struct {
		text         string
		figures      int // figures read, translations aside
		translations int
		ranges       int
	}{
		{"Adjusted net loss decreased to RMB 518.4 million (USD 71.3 million) from RMB 727.4 million.", 2, 1, 0},
		{"The net loss attributable was RMB 712,586 (98,056) for the period.", 1, 1, 0},
		{"Revenue was RMB 100 million, or US$14 million, in the quarter.", 1, 1, 0},
		{"Revenue was RMB3,667.5 million (equivalent to approximately HK$4,003.6 million), up 3.2%.", 2, 1, 0},
		{"Net profit was RMB412.3 million (approx. HK$450.1 million).", 1, 1, 0},
		{"Revenue grew to $412 million (up from $398 million).", 2, 0, 0},
		{"We expect revenue of $1.82 billion to $1.83 billion.", 2, 0, 1},
		{"We expect revenue between $1.725 and $1.775 billion.", 2, 0, 1},
		{"The margin is expected to be 7.5 - 8.5% for the year.", 2, 0, 1},
		{"Profit increased from RMB 850.2 million to RMB 1,340.9 million.", 2, 0, 0},
		{"Operating profit increased $117 million to $830 million.", 2, 0, 0},
	}
	for _, tc := range cases {
		doc, err := Parse("a.txt", []byte(tc.text), LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		r := newReader(doc)
		figures, translations, ranges := 0, 0, 0
		for _, a := range r.amts {
			switch {
			case a.translation:
				translations++
			default:
				figures++
			}
			if a.rangeOf >= 0 && a.rangeLow {
				ranges++
				hi := r.amts[a.rangeOf]
				if a.kind != hi.kind || a.exp != hi.exp || a.currency != hi.currency {
					t.Errorf("%q: the range's ends differ: %+v and %+v", tc.text, a, hi)
				}
			}
		}
		if figures != tc.figures || translations != tc.translations || ranges != tc.ranges {
			t.Errorf("%q: %d figures, %d translations, %d ranges; want %d, %d, %d", tc.text, figures, translations, ranges, tc.figures, tc.translations, tc.ranges)
		}
	}
}
