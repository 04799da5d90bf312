package extract

import (
	"strings"
	"testing"
)

// TestCoref checks coreference and quote attribution: which person a
// pronoun, a surname or a description refers to, and who speaks the
// sentences of a quotation. Each want is "holder|speaker|stance|target-
// substring"; a want starting with "!" (holder|stance) must not appear; an
// empty list wants no statement at all.
func TestCoref(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// 1. subjects over objects
		{"subject of the previous sentence over its object",
			"Mr Okoro accused shadow minister Jonas Weber of plotting cuts. He rejected the fuel levy.",
			[]string{"Okoro||rejects|fuel levy", "!Jonas Weber|rejects"}},
		{"subject pronoun after an introductory phrase",
			"Mr Okoro accused Mr Weber of plotting cuts. In his speech, he rejected the fuel levy.",
			[]string{"Okoro||rejects|fuel levy", "!Weber|rejects"}},
		{"earlier subject of the same sentence over a prepositional object",
			"Mr Okoro met with Mr Weber on Monday and later he rejected the fuel levy.",
			[]string{"Okoro||rejects|fuel levy", "!Weber|rejects"}},
		{"an object when the subject's gender disagrees",
			"Mrs Okoro met Mr Weber. He rejected the fuel levy.",
			[]string{"Weber||rejects|fuel levy", "!Okoro|rejects"}},
		{"possessive is no object",
			"Mr Weber spoke on Monday. Mr Okoro's insistence he rejected the fuel levy was noted.",
			[]string{"!Weber|rejects"}},
		{"an object of the previous sentence without a subject person",
			"The report was sent to Mr Weber. He rejected the fuel levy.",
			[]string{"Weber||rejects|fuel levy"}},
		{"inverted speaker is a subject",
			"The levy is late, said Mr Okoro. He rejected the fuel levy.",
			[]string{"Okoro||rejects|fuel levy"}},
		// 2. quotations
		{"a closing straight quote alone ends the quotation",
			"Norway held talks. Mr Okoro said: \"The roads are full. We need money.\" The government has announced plans to cut the fuel levy.",
			[]string{"!Okoro|announces"}},
		{"a said after a closed quotation is outside it",
			"Mr Weber said: \"The roads are full. We need money.\" Mr Okoro said: \"We reject the fuel levy.\"",
			[]string{"Okoro||rejects|fuel levy", "!Weber|rejects"}},
		{"continued quotation keeps its speaker",
			"Mr Okoro said: \"The roads are full. We reject the fuel levy.\"",
			[]string{"Okoro||rejects|fuel levy"}},
		{"sentence after a closed quotation has its own speaker",
			"Mr Weber said: \"The roads are full. We need money.\" The Freedom Party rejected the fuel levy.",
			[]string{"Freedom Party||rejects|fuel levy", "!Weber|rejects"}},
		{"quotation opened by an unnamed speaker is not someone else's",
			"Mr Weber has backed the toll plan. A spokeswoman for the roads ministry said: \"The roads are full. We reject the fuel levy.\"",
			[]string{"!Weber|rejects"}},
		{"no quotation across a paragraph",
			"Mr Weber said: \"The roads are full.\n\nThe fuel levy is unfair, critics say.",
			[]string{"!Weber|rejects"}},
		{"possessive pronoun after an inverted comma is no speaker",
			"Ms Okoro spoke on Monday. His mother, Anna, said her son's school must scrap the fuel levy.",
			[]string{"!Okoro|demands"}},
		// 3. surnames, knights and peers
		{"Mr is not a knight",
			"Sir Anton Weber, the police chief, spoke on Monday. Mr Weber rejected the fuel levy.",
			[]string{"!Anton Weber|rejects"}},
		{"Mr is the plain full name",
			"Sir Anton Weber and Tony Weber spoke on Monday. Mr Weber rejected the fuel levy.",
			[]string{"Tony Weber||rejects|fuel levy", "!Anton Weber|rejects"}},
		{"a surname without Mr may still be the knight",
			"Sir Anton Weber spoke on Monday. Later Weber said he rejected the fuel levy.",
			[]string{"Anton Weber||rejects|fuel levy"}},
		{"Lord with the surname is the peer",
			"Lord Anton Weber spoke on Monday. Lord Weber rejected the fuel levy.",
			[]string{"Anton Weber||rejects|fuel levy"}},
		{"Sir with the first name is the knight",
			"Sir Anton Weber spoke on Monday. Sir Anton rejected the fuel levy.",
			[]string{"Anton Weber||rejects|fuel levy"}},
		{"Sir with a first name two knights share",
			"Sir Anton Weber and Sir Anton Lind spoke on Monday. Sir Anton rejected the fuel levy.",
			[]string{"!Anton Weber|rejects", "!Anton Lind|rejects"}},
		{"two first names with one surname are two people",
			"Tony Weber and Peter Weber spoke on Monday. Mr Weber rejected the fuel levy.",
			[]string{"!Tony Weber|rejects", "!Peter Weber|rejects"}},
		// 5. his/her party
		{"her party is the party she belongs to",
			"Freedom Party leader Anna Okoro spoke on Monday. Her party rejected the fuel levy.",
			[]string{"Freedom Party||rejects|fuel levy"}},
		{"his party after a named subject",
			"Green Party MP Tony Weber spoke on Monday. Later his party rejected the fuel levy.",
			[]string{"Green Party||rejects|fuel levy"}},
		{"his party with no known party",
			"Mr Weber spoke on Monday. His party rejected the fuel levy.",
			nil},
		{"his party of an organisation's member is no party",
			"Greenpeace spokesman Tony Weber spoke on Monday. His party rejected the fuel levy.",
			nil},
		// 4. descriptions by the head of a title
		{"the secretary is the one titled secretary",
			"Transport and Roads Secretary Anna Okoro spoke on Monday. The secretary rejected the fuel levy.",
			[]string{"Anna Okoro||rejects|fuel levy"}},
		{"the minister is the one titled minister",
			"Foreign Minister Anna Okoro spoke on Monday. The minister rejected the fuel levy.",
			[]string{"Anna Okoro||rejects|fuel levy"}},
		{"two secretaries: the secretary is nobody",
			"Home Secretary Anna Okoro met Trade Secretary Tony Weber. The secretary rejected the fuel levy.",
			nil},
		{"a shadow minister is not the minister",
			"Shadow Foreign Minister Anna Okoro spoke on Monday. The minister rejected the fuel levy.",
			nil},
		{"a modified description needs the full title",
			"Foreign Minister Anna Okoro spoke on Monday. The health minister rejected the fuel levy.",
			nil},
		// 6. bodies
		{"the organisation just named",
			"The Road Safety Trust met on Monday. The organisation rejected the fuel levy.",
			[]string{"Road Safety Trust||rejects|fuel levy"}},
		{"the organisation named long before",
			"The Road Safety Trust met on Monday. Talks went on. The RRA welcomed the news. But the organisation rejected the fuel levy.",
			[]string{"!Road Safety Trust|rejects"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := run(t, tt.text)
			checkWants(t, got, tt.want)
		})
	}
}

func checkWants(t *testing.T, got, want []string) {
	t.Helper()
	if len(want) == 0 && len(got) > 0 {
		t.Fatalf("want nothing, got %q", got)
	}
	for _, w := range want {
		if strings.HasPrefix(w, "!") {
			parts := strings.SplitN(w[1:], "|", 2)
			for _, g := range got {
				gp := strings.SplitN(g, "|", 4)
				if (gp[0] == parts[0] || gp[1] == parts[0]) && gp[2] == parts[1] {
					t.Errorf("unwanted %q in %q", w, got)
				}
			}
			continue
		}
		parts := strings.SplitN(w, "|", 4)
		ok := false
		for _, g := range got {
			gp := strings.SplitN(g, "|", 4)
			if gp[0] == parts[0] && gp[1] == parts[1] && gp[2] == parts[2] && strings.Contains(gp[3], parts[3]) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("missing %q in %q", w, got)
		}
	}
}
