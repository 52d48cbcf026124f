package eu.mayorsinaction.organisation;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

}
