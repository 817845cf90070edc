// The stage, role and date types the web code speaks in; one place to follow them if they move to a domain project.
global using NewsHub.Data.Entities;
