package extract

import (
	"testing"
)

// TestGeneralNews: sport, entertainment and tech reports use stance verbs
// for contests, transfers, wishes and advice that are no positions.
func TestGeneralNews(t *testing.T) {
	tests := []struct{ name, text, want string }{
		// "back" as an adverb or in a compound noun
		{"be back", `Okoro said: "I could be back doing training after a week."`, ""},
		{"back row", "Dario Okoro has been brought in to strengthen the Estavia back row in place of Tomas Lind.", ""},
		// defend a title, an attack; attack the net
		{"defend title", "Okoro will defend his 400m title in the national trials.", ""},
		{"defended well", `"Estavia defended fairly well but we gave away chances," said Tomas Lind.`, ""},
		{"defend thrusts", "Estavia defended the early thrusts but conceded a late penalty.", ""},
		{"attack net", "Okoro attacks the net and is rewarded with a break point.", ""},
		{"defend plan kept", "Mr Okoro defended the fishing quota plan.", "Okoro||defends|fishing quota plan"},
		// transfers
		{"transfer offer", "Rovers accepted a cash-plus-players offer for the midfielder.", ""},
		{"offers with money", `Dario Okoro said: "It does not matter if it is £30m, we will not accept offers."`, ""},
		{"political offer kept", "Mr Okoro has rejected a Freedom Party compromise offer on the fishing quota plan.", "Okoro||rejects|Freedom Party compromise offer"},
		// results praised
		{"victory hailed", "Estavia captain Dario Okoro hailed his side's 19-13 victory over Norland.", ""},
		{"performance praised", "Mr Okoro praised his players' gutsy performance in the win.", ""},
		// wishes about people
		{"want players who", `Okoro said: "We want players who are committed to the club."`, ""},
		{"wants staff", "Okoro wants his coaching staff to be given new contracts.", ""},
		{"favours side", "Okoro favours the left side of the scrum.", ""},
		{"want policy kept", "The Freedom Party wants a ban on fishing quotas.", "Freedom Party||supports|ban on fishing quotas"},
		// calls on a person about their conduct; signing a player
		{"urged to stay", "Dario Okoro has urged the left-back to stay at the club.", ""},
		{"urged person continue", "Dario Okoro has urged Estavia's Maria Lind to continue competing.", ""},
		{"urged to sign", "Dario Okoro has urged the board to sign striker John Lind.", ""},
		{"urged council kept", "Dario Okoro has urged the council to scrap the parking levy.", "Dario Okoro||opposes|parking levy"},
		// advice to the public, self-judgement, moments
		{"advice to users", `"It is important that users ensure their software is licensed," said Dario Okoro.`, ""},
		{"advice then that-clause", `"It is important that users ensure that they are licensed to avoid the risks", said Dario Okoro.`, ""},
		{"public advice", `Okoro said: "It is important that people give him time."`, ""},
		{"young people kept", `At a debate, Dario Okoro said: "I think it is important that young people receive practical lessons in schools.`, "Dario Okoro||calls-for|young people receive practical lessons in schools"},
		{"advice to firms kept", `"It is important that retailers respect the age ratings," said Dario Okoro.`, "Dario Okoro||calls-for|retailers respect the age ratings"},
		{"self judgement", `"The way I'm playing is ridiculous," said Dario Okoro.`, ""},
		{"right time", `Dario Okoro said: "Now the time was right for him to step down."`, ""},
		{"important to us", `"Comedy and drama are important to our audiences," said Dario Okoro.`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectOne(t, tc.text, tc.want)
		})
	}
}
