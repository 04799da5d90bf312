package extract

import (
	"strings"
	"testing"
)

// TestActorTargets covers statements whose target is an actor: title
// descriptions, role mentions, group nouns, own bodies, coordination and
// the physical sense of force verbs. want lists "holder|speaker|stance|
// target-substring" lines that must appear; not lists substrings no line
// may contain.
func TestActorTargets(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		// titles and descriptions
		{"title description resolves to its holder", "Freedom Party leader Anna Lindqvist spoke on Monday. Mr Okoro criticised the Freedom Party leader over the toll plan.", []string{"Okoro||criticises|Anna Lindqvist"}, []string{"|Freedom Party"}},
		{"unresolved leader is not the party", "Mr Okoro criticised the Freedom Party leader over the toll plan.", nil, []string{"criticises"}},
		{"unresolved spokesman is not the party", "Mr Okoro accused the Freedom Party spokesman of hypocrisy.", nil, []string{"criticises"}},
		{"a body's leadership is no target", "Mr Okoro criticised the Freedom Party leadership over the toll plan.", nil, []string{"criticises"}},
		{"country title before a name is the person", "Mr Okoro criticised US President Hilda Berg over the toll plan.", []string{"Okoro||criticises|Hilda Berg"}, []string{"United States"}},
		{"unnamed official is not the country", "Mr Okoro criticised a US official over the toll plan.", nil, []string{"United States"}},
		{"leader's plan is still a plan", "Mr Okoro criticised the Freedom Party leader's harbour tax.", []string{"Okoro||criticises|Freedom Party leader's harbour tax"}, nil},
		{"named leader after the title", "Mr Okoro criticised the Freedom Party leader Anna Lindqvist over the toll plan.", []string{"Okoro||criticises|Anna Lindqvist"}, nil},
		// group nouns and the government
		{"accused a group noun", "Mr Okoro accused critics of hypocrisy.", nil, []string{"criticises"}},
		{"praised the police", "Mr Okoro praised the police for their action.", nil, []string{"praises"}},
		{"copula with a group noun", "Mr Okoro said critics were \"naive\".", nil, []string{"criticises"}},
		{"bare government is no target", "Mr Okoro said the government was right to act.", nil, []string{"praises"}},
		{"a party's government is not its country", "Norway's government met on Monday. The Freedom Party accused the government of hypocrisy.", nil, []string{"criticises"}},
		{"a country's government is the country", "France criticised the Israeli government over the raid.", []string{"France||criticises|Israel"}, nil},
		// own body, self
		{"a member criticising their own party", "Freedom Party MP Tom Okoro criticised the Freedom Party over the toll plan.", nil, []string{"criticises"}},
		{"passive role subject is nobody", "A Freedom Party spokesman was criticised by Mr Okoro.", nil, []string{"criticises"}},
		// coordination
		{"coordinated persons", "Mr Okoro accused Mr Berg and Mr Lindqvist of hypocrisy.", []string{"Okoro||criticises|Berg", "Okoro||criticises|Lindqvist"}, nil},
		{"coordinated group noun is dropped", "Mr Okoro accused Mr Berg and other ministers of hypocrisy.", []string{"Okoro||criticises|Berg"}, []string{"ministers"}},
		// called on X to VP
		{"called on X to VP does not target X", "Mr Okoro called on the Freedom Party to back the toll plan.", []string{"Okoro||backs|toll plan"}, []string{"|Freedom Party"}},
		// force verbs
		{"troops attacking is violence", "Israeli troops attacked Hamas in Gaza.", nil, []string{"criticises"}},
		{"country attacking country is violence", "Israel attacked Lebanon on Monday.", nil, []string{"criticises"}},
		{"group attacking a building is violence", "Rebels attacked the Freedom Party headquarters on Monday.", nil, []string{"criticises"}},
		{"attack with weapons is violence", "Russia blasted Ukraine with missiles.", nil, []string{"criticises"}},
		{"attack over the weekend is no reason", "Israel attacked Lebanon over the weekend.", nil, []string{"criticises"}},
		{"passive attack by a group noun", "The Freedom Party was attacked by rebels.", nil, []string{"criticises"}},
		{"party attacking party is blame", "Labour attacked the Tories on Monday.", []string{"Labour||criticises|Conservatives"}, nil},
		{"group attacking a body for a reason is blame", "Hamas has attacked the Palestinian Authority for its talks with Israel.", []string{"Hamas||criticises|Palestinian Authority"}, nil},
		{"country attacking a policy is blame", "Hamas attacked Israel's decision to close the border.", []string{"Hamas||criticises|Israel's decision to close the border"}, nil},
		{"person blasting a party is blame", "Mr Okoro blasted the Freedom Party over the toll plan.", []string{"Okoro||criticises|Freedom Party"}, nil},
		// appositions that give no affiliation
		{"a critic of a party is not its member", "Tom Okoro, a critic of the Freedom Party, said the harbour tax should be scrapped.", []string{"Tom Okoro||opposes|harbour tax"}, []string{"Freedom Party|"}},
		{"an influence on a party's thinking", "Tom Okoro, a key influence on Freedom Party thinking, criticised Britain for its stance.", []string{"Tom Okoro||criticises|United Kingdom"}, []string{"Freedom Party|"}},
		{"a senior member is affiliated", "Tom Okoro, a senior member of the Freedom Party, said the harbour tax should be scrapped.", []string{"Freedom Party|Tom Okoro|opposes|harbour tax"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectLines(t, tc.text, tc.want, tc.not)
		})
	}
}

// TestUnitOfBodyAffiliates: "a senior member of the X political bureau"
// is inside X, unlike "a key influence on X thinking".
func TestUnitOfBodyAffiliates(t *testing.T) {
	got, _ := run(t, "Ana Ruiz, a senior member of the Freedom Party political bureau, rejected the toll plan.")
	if all := strings.Join(got, "\n"); !strings.Contains(all, "Freedom Party|Ana Ruiz|rejects|toll plan") {
		t.Errorf("got\n%s\nwant the party holding, Ruiz speaking", all)
	}
}
