package extract

import "github.com/newsgraph/newsgraph/extract/model"

// The names below live in package model (extract/model);
// package extract offers them too, so that its callers import it alone.

type (
	Document    = model.Document
	Entity      = model.Entity
	EntityType  = model.EntityType
	Fact        = model.Fact
	Mention     = model.Mention
	MentionKind = model.MentionKind
	Meta        = model.Meta
	OpenFact    = model.OpenFact
	Quote       = model.Quote
	Sentence    = model.Sentence
)

const (
	City           = model.City
	Country        = model.Country
	Event          = model.Event
	Hosted         = model.Hosted
	Joined         = model.Joined
	LeaderOf       = model.LeaderOf
	Left           = model.Left
	LocatedIn      = model.LocatedIn
	MemberOf       = model.MemberOf
	MentionAcronym = model.MentionAcronym
	MentionDemonym = model.MentionDemonym
	MentionName    = model.MentionName
	MentionPronoun = model.MentionPronoun
	MentionRole    = model.MentionRole
	MetWith        = model.MetWith
	Organization   = model.Organization
	ParticipatedIn = model.ParticipatedIn
	Person         = model.Person
	Place          = model.Place
	PlansToLeave   = model.PlansToLeave
	Visited        = model.Visited
	WillHost       = model.WillHost
)
