// The stage, role and date types the web code speaks in live in the domain project; rows in NewsHub.Data.
global using NewsHub.Domain;
global using NewsHub.Data.Entities;
