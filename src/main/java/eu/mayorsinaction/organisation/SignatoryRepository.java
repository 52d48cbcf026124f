package eu.mayorsinaction.organisation;

import org.springframework.data.repository.ListCrudRepository;

interface SignatoryRepository extends ListCrudRepository<Signatory, Long> {

}
